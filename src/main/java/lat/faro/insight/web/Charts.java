package lat.faro.insight.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * ECharts options for the dashboards, built on the server in the page's language and written as
 * JSON into the chart element's {@code data-chart} attribute, where {@code js/faro-charts.js}
 * draws them. Every chart here has a table beside it in the page with the same figures.
 */
final class Charts {

    /** The stage colours of every chart, the map and the reports: light to dark, one hue. */
    static final List<String> STAGE_COLOURS = List.of("#DEEBF7", "#9ECAE1", "#4292C6", "#2171B5", "#08306B");
    private static final String COUNTRY = "#2171B5";
    private static final String REGION = "#D94801";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Charts() {
    }

    /** A chart's option as the attribute value. */
    static String json(Map<String, Object> option) {
        return JSON.writeValueAsString(option);
    }

    /**
     * One horizontal 100 % bar per element, a segment per stage: how many countries are at each.
     *
     * @param counts element id → counts at stages 1..5
     */
    static Map<String, Object> distribution(List<String> stageNames, Map<String, int[]> counts, String axisName) {
        List<Object> series = new ArrayList<>();
        for (int stage = 1; stage <= 5; stage++) {
            List<Integer> data = new ArrayList<>();
            for (int[] row : counts.values()) {
                data.add(row[stage - 1]);
            }
            series.add(map("name", stageNames.get(stage - 1), "type", "bar", "stack", "stages", "data", data,
                    "itemStyle", map("color", STAGE_COLOURS.get(stage - 1)),
                    "label", map("show", true, "color", stage >= 3 ? "#FFFFFF" : "#1A1A1A",
                            "formatter", "{c}", "position", "inside")));
        }
        Map<String, Object> option = base();
        option.put("legend", map("top", 0));
        option.put("tooltip", map("trigger", "axis", "axisPointer", map("type", "shadow")));
        option.put("grid", map("left", 8, "right", 16, "top", 36, "bottom", 24, "containLabel", true));
        option.put("xAxis", map("type", "value", "name", axisName, "nameLocation", "middle", "nameGap", 24, "minInterval", 1));
        option.put("yAxis", map("type", "category", "inverse", true, "data", new ArrayList<>(counts.keySet())));
        option.put("series", series);
        return option;
    }

    /** Radar over the dimensions: the country's derived means and the region's. */
    static Map<String, Object> radar(List<String> dimensionNames, List<@Nullable BigDecimal> country, String countryName,
            List<@Nullable BigDecimal> region, String regionName) {
        List<Object> indicators = new ArrayList<>();
        for (String name : dimensionNames) {
            indicators.add(map("name", name, "min", 0, "max", 5));
        }
        Map<String, Object> option = base();
        option.put("legend", map("bottom", 0));
        option.put("tooltip", map("trigger", "item"));
        option.put("radar", map("indicator", indicators, "radius", "62%", "splitNumber", 5,
                "axisName", map("color", "#1A1A1A")));
        option.put("series", List.of(map("type", "radar", "data", List.of(
                map("name", countryName, "value", numbers(country), "itemStyle", map("color", COUNTRY),
                        "areaStyle", map("opacity", 0.15)),
                map("name", regionName, "value", numbers(region), "itemStyle", map("color", REGION),
                        "lineStyle", map("type", "dashed"))))));
        return option;
    }

    /** The country's stage per element as bars, the region's median stage as a marker beside each. */
    static Map<String, Object> versusRegion(List<String> elements, List<@Nullable Integer> country, String countryName,
            List<@Nullable BigDecimal> median, String medianName) {
        Map<String, Object> option = base();
        option.put("legend", map("top", 0));
        option.put("tooltip", map("trigger", "axis", "axisPointer", map("type", "shadow")));
        option.put("grid", map("left", 8, "right", 24, "top", 36, "bottom", 8, "containLabel", true));
        option.put("xAxis", map("type", "value", "min", 0, "max", 5, "interval", 1));
        option.put("yAxis", map("type", "category", "inverse", true, "data", elements));
        option.put("series", List.of(
                map("name", countryName, "type", "bar", "data", country, "itemStyle", map("color", COUNTRY), "barWidth", "55%"),
                map("name", medianName, "type", "scatter", "data", numbers(median), "symbol", "diamond", "symbolSize", 14,
                        "itemStyle", map("color", REGION, "borderColor", "#FFFFFF", "borderWidth", 1))));
        return option;
    }

    /** A line per dimension over the rounds, the values the derived dimension means. */
    static Map<String, Object> trend(List<String> rounds, Map<String, List<@Nullable BigDecimal>> byDimension) {
        List<Object> series = new ArrayList<>();
        byDimension.forEach((name, values) -> series.add(map("name", name, "type", "line", "data", numbers(values),
                "connectNulls", false, "symbolSize", 8)));
        Map<String, Object> option = base();
        option.put("legend", map("bottom", 0));
        option.put("tooltip", map("trigger", "axis"));
        option.put("grid", map("left", 8, "right", 24, "top", 16, "bottom", 48, "containLabel", true));
        option.put("xAxis", map("type", "category", "data", rounds, "boundaryGap", true));
        option.put("yAxis", map("type", "value", "min", 1, "max", 5, "interval", 1));
        option.put("series", series);
        return option;
    }

    private static Map<String, Object> base() {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("textStyle", map("fontFamily", "system-ui, sans-serif", "color", "#1A1A1A"));
        return option;
    }

    private static List<@Nullable Double> numbers(List<@Nullable BigDecimal> values) {
        List<@Nullable Double> out = new ArrayList<>();
        for (BigDecimal value : values) {
            out.add(value == null ? null : value.doubleValue());
        }
        return out;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
