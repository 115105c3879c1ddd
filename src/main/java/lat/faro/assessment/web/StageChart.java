package lat.faro.assessment.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of one dimension's horizontal bar chart of stages, computed here so that the
 * template only places what it is given. A bar runs from the axis to its stage; its stage's name
 * is written after it, so that no reader depends on the colour.
 *
 * @param width  the view box's width (the chart scales to its container)
 * @param height the view box's height
 */
record StageChart(int width, int height, int plotLeft, int plotRight, List<Bar> bars, List<Tick> ticks) {

    static final int LABEL_WIDTH = 70;
    static final int STAGE_WIDTH = 64;
    static final int ROW = 26;
    static final int BAR = 16;
    static final int TOP = 26;
    static final int WIDTH = 580;

    /** One unit's bar: the element's id at the left, the bar, and the stage's name after it. */
    record Bar(String id, int stage, boolean complete, int y, int barWidth, int textX, int textY) {}

    /** A stage's grid line and its number above the plot. */
    record Tick(int stage, int x, int labelX) {}

    /** A unit to chart: its id and stage. */
    record Unit(String id, int stage, boolean complete) {}

    static StageChart of(List<Unit> units) {
        int plotRight = LABEL_WIDTH + 5 * STAGE_WIDTH;
        List<Bar> bars = new ArrayList<>();
        int y = TOP;
        for (Unit u : units) {
            int barWidth = u.stage() * STAGE_WIDTH;
            bars.add(new Bar(u.id(), u.stage(), u.complete(), y + (ROW - BAR) / 2, barWidth,
                    LABEL_WIDTH + barWidth + 6, y + ROW / 2 + 5));
            y += ROW;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int s = 1; s <= 5; s++) {
            int x = LABEL_WIDTH + s * STAGE_WIDTH;
            ticks.add(new Tick(s, x, x - STAGE_WIDTH / 2));
        }
        return new StageChart(WIDTH, y + 8, LABEL_WIDTH, plotRight, bars, ticks);
    }
}
