package ru.rostok.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import org.jboss.logging.Logger;
import ru.rostok.monitoring.Condition.Operator;
import ru.rostok.risk.RiskFactor;
import ru.rostok.risk.WeightedCondition;
import ru.rostok.territory.Region;

/** The ten risk factors of project 500+ in every demo region, each with weighted conditions on the catalogue's indicators. */
@ApplicationScoped
public class RiskDemo {
    private static final Logger LOG = Logger.getLogger(RiskDemo.class);

    record Factor(String name, List<WeightedCondition> conditions) {
    }

    static final List<Factor> FACTORS = List.of(
            new Factor("Низкий уровень оснащения школы", List.of(c("RES_PC", Operator.GE, 10, 2), c("M_PROGRAM", Operator.LT, 1, 1))),
            new Factor("Дефицит педагогических кадров", List.of(c("ST_VAC", Operator.GE, 2, 2), c("ST_AGE", Operator.GE, 30, 1),
                    c("ST_TURNOVER", Operator.GE, 15, 1))),
            new Factor("Недостаточная предметная и методическая компетентность педагогических работников", List.of(c("ST_CAT", Operator.LT, 50, 1),
                    c("ST_PK3", Operator.LT, 70, 1), c("ST_DEFDIAG", Operator.LT, 50, 1))),
            new Factor("Высокая доля обучающихся с рисками учебной неуспешности", List.of(c("RISK_GROUP", Operator.GE, 15, 2),
                    c("VPR_F2", Operator.GE, 15, 1), c("SUCC_RATE", Operator.LT, 60, 1))),
            new Factor("Низкая учебная мотивация обучающихся", List.of(c("CHRON_ABS", Operator.GE, 10, 1), c("QUAL_RATE", Operator.LT, 45, 1),
                    c("VPR_Q45", Operator.LT, 45, 1))),
            new Factor("Низкий уровень вовлечённости родителей", List.of(c("CTX_SINGLE", Operator.GE, 30, 1), c("CTX_UNEMPL", Operator.GE, 20, 1),
                    c("CTX_LOWINC", Operator.GE, 20, 1))),
            new Factor("Пониженный уровень качества школьной образовательной и воспитательной среды", List.of(c("CTX_REGISTERED", Operator.GE, 5, 1),
                    c("CHRON_ABS", Operator.GE, 15, 1))),
            new Factor("Высокая доля обучающихся с ОВЗ", List.of(c("CTX_OVZ", Operator.GE, 10, 2))),
            new Factor("Низкое качество преодоления языковых и культурных барьеров", List.of(c("CTX_NONNATIVE", Operator.GE, 15, 2))),
            new Factor("Несформированность внутришкольной системы повышения квалификации", List.of(c("ST_PK3", Operator.LT, 60, 1),
                    c("ST_IOM", Operator.LT, 30, 1))));

    void seed() {
        for (Region region : Region.<Region>listAll()) {
            for (int i = 0; i < FACTORS.size(); i++) {
                RiskFactor f = new RiskFactor();
                f.region = region;
                f.position = i + 1;
                f.name = FACTORS.get(i).name();
                f.conditions = FACTORS.get(i).conditions();
                f.lowAt = BigDecimal.ONE;
                f.mediumAt = BigDecimal.valueOf(2);
                f.highAt = BigDecimal.valueOf(3);
                f.persist();
            }
        }
        LOG.infof("Demo risk factors: %d in every region", FACTORS.size());
    }

    private static WeightedCondition c(String code, Operator operator, double threshold, double weight) {
        return new WeightedCondition(code, operator, BigDecimal.valueOf(threshold), BigDecimal.valueOf(weight));
    }
}
