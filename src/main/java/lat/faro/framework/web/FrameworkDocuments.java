package lat.faro.framework.web;

import java.util.List;
import java.util.Map;
import lat.faro.framework.Dimension;
import lat.faro.framework.Factor;
import lat.faro.framework.Framework;
import lat.faro.framework.Indicator;
import lat.faro.framework.Mapping;
import lat.faro.framework.ScoringUnit;

/** The records the framework API answers with: every text in every language the file has. */
final class FrameworkDocuments {

    private FrameworkDocuments() {
    }

    /** One framework version, without its structure. */
    record Summary(String id, String version, String kind, String edition, Map<String, String> name,
            Map<String, String> description, String origin, String sha256, int units, int indicators) {

        static Summary of(Framework f) {
            return new Summary(f.ref().id(), f.ref().version(), f.kind().fileValue(), f.edition(), f.name().byLanguage(),
                    f.description().byLanguage(), f.origin().name().toLowerCase(java.util.Locale.ROOT), f.sha256(),
                    f.units().size(), f.indicators().size());
        }
    }

    /** One framework version with its whole structure. */
    record Full(Summary framework, List<DimensionDoc> dimensions) {

        static Full of(Framework f) {
            return new Full(Summary.of(f), f.dimensions().stream().map(DimensionDoc::of).toList());
        }
    }

    record DimensionDoc(String id, Map<String, String> name, List<FactorDoc> factors, List<IndicatorDoc> controls) {
        static DimensionDoc of(Dimension d) {
            return new DimensionDoc(d.id(), d.name().byLanguage(), d.factors().stream().map(FactorDoc::of).toList(),
                    d.controls().stream().map(IndicatorDoc::of).toList());
        }
    }

    record FactorDoc(String id, Map<String, String> name, List<UnitDoc> aspects, List<IndicatorDoc> indicators) {
        static FactorDoc of(Factor f) {
            if (f.hasAspects()) {
                return new FactorDoc(f.id(), f.name().byLanguage(), f.units().stream().map(UnitDoc::of).toList(), List.of());
            }
            return new FactorDoc(f.id(), f.name().byLanguage(), List.of(),
                    f.units().getFirst().indicators().stream().map(IndicatorDoc::of).toList());
        }
    }

    record UnitDoc(String id, Map<String, String> name, List<IndicatorDoc> indicators) {
        static UnitDoc of(ScoringUnit u) {
            return new UnitDoc(u.id(), u.name().byLanguage(), u.indicators().stream().map(IndicatorDoc::of).toList());
        }
    }

    /** An indicator (stage 1..5) or a control (stage 0, with a short name). */
    record IndicatorDoc(String id, int stage, Map<String, String> name, Map<String, String> text) {
        static IndicatorDoc of(Indicator i) {
            return new IndicatorDoc(i.id(), i.stage(), i.name().byLanguage(), i.text().byLanguage());
        }
    }

    record MappingDoc(String from, String to, List<LinkDoc> links, List<String> retired) {
        static MappingDoc of(Mapping m) {
            return new MappingDoc(m.from().toString(), m.to().toString(),
                    m.links().stream().map(l -> new LinkDoc(l.from(), l.to(), l.relation().fileValue())).toList(),
                    m.retired().stream().sorted().toList());
        }
    }

    record LinkDoc(String from, String to, String relation) {
    }
}
