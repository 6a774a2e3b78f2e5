package ru.rostok.analysis.engine;

import java.util.ArrayList;
import java.util.List;
import ru.rostok.monitoring.Direction;
import ru.rostok.monitoring.IndicatorCategory;

/**
 * Signals that results may not be objective, from the objectivity indicators and from results far above the rest.
 * They are worded as things to check: a signal is a reason to look, never a finding.
 */
final class ObjectivitySignals {
    private final AnalysisData data;
    private final AnalysisSettings settings;
    private final double[][] whole;
    private final int gap;
    private final int confirm;
    private final int medals;
    private final int observed;

    /** {@code whole}: {mean, sd, count} of each indicator over the campaign. */
    ObjectivitySignals(AnalysisData data, AnalysisSettings settings, double[][] whole) {
        this.data = data;
        this.settings = settings;
        this.whole = whole;
        gap = data.indexOf("OBJ_GAP2");
        confirm = data.indexOf("OBJ_CONFIRM");
        medals = data.indexOf("OBJ_MEDAL_EGE");
        observed = data.indexOf("OBJ_OBSERVED");
    }

    List<AnalysisResult.Signal> of(int s) {
        List<AnalysisResult.Signal> signals = new ArrayList<>();
        if (gap >= 0 && data.usable(s, gap) && data.values()[s][gap] >= settings.gapSignal()) {
            signals.add(new AnalysisResult.Signal("MARK_GAP", "OBJ_GAP2", "У " + AnalysisEngine.number(data.values()[s][gap])
                    + " % участников ВПР отметка расходится с журнальной на 2 балла и более (в среднем по мониторингу "
                    + AnalysisEngine.number(whole[gap][0]) + " %): стоит проверить объективность оценивания"));
        }
        if (confirm >= 0 && data.usable(s, confirm) && data.values()[s][confirm] < settings.confirmSignal()) {
            signals.add(new AnalysisResult.Signal("LOW_CONFIRMATION", "OBJ_CONFIRM", "Годовую отметку подтвердили "
                    + AnalysisEngine.number(data.values()[s][confirm]) + " % участников ВПР (порог " + AnalysisEngine.number(settings.confirmSignal())
                    + " %): стоит сверить текущее оценивание с результатами ВПР"));
        }
        if (medals >= 0 && data.usable(s, medals) && data.values()[s][medals] > 0) {
            signals.add(new AnalysisResult.Signal("MEDALS_LOW_EGE", "OBJ_MEDAL_EGE", "Медалисты, получившие на ЕГЭ менее 70 баллов: "
                    + Math.round(data.values()[s][medals]) + " чел.: стоит проверить объективность итоговых отметок"));
        }
        boolean unobserved = observed >= 0 && data.present(s, observed) && data.values()[s][observed] == 0;
        for (int i = 0; i < data.indicators().size(); i++) {
            AnalysisData.Indicator indicator = data.indicators().get(i);
            if (indicator.category() != IndicatorCategory.RESULTS || !data.usable(s, i)) {
                continue;
            }
            double[] stats = whole[i];
            if (stats[1] == 0 || stats[2] < AnalysisEngine.MIN_GROUP) {
                continue;
            }
            double z = (data.values()[s][i] - stats[0]) / stats[1];
            if (indicator.direction() == Direction.LOWER_BETTER) {
                z = -z;
            }
            if (z >= settings.highResultSignal()) {
                signals.add(new AnalysisResult.Signal("FAR_ABOVE", indicator.code(), "«" + indicator.name() + "»: "
                        + AnalysisEngine.number(data.values()[s][i]) + " при среднем " + AnalysisEngine.number(stats[0])
                        + " — результат намного лучше, чем у остальных" + (unobserved ? ", ВПР проведены без независимых наблюдателей" : "")
                        + ": стоит убедиться в объективности"));
            }
        }
        return signals.isEmpty() ? List.of() : signals; // most schools have none: a country's run holds 40,000 of these
    }
}
