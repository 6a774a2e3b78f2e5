package ru.rostok.common.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seeds' typography, evened out before the grammar reads it. */
class DeadlineTextTest {

    @ParameterizedTest(name = "«{0}» → «{1}»")
    @CsvSource(delimiter = '|', value = {
        "Срок: 2020– 2022 гг                 | 2020 - 2022",
        "Срок: ноябрь - декабрь              | ноябрь - декабрь",
        "Срок: январь 2021г.                 | январь 2021",
        "Срок:декабрь2020–апрель2021г.       | декабрь 2020 - апрель 2021",
        "Срок: 2021 – 2022 г..г.             | 2021 - 2022",
        "В течение 2023 года                 | в течение 2023",
        "До 01 марта 2023 года               | до 01 марта 2023",
        "Ноябрь-декабрь 2023 года            | ноябрь - декабрь 2023",
        "Октябрь 2020 г. Октябрь 2021 г.     | октябрь 2020 октябрь 2021",
        "02.11.- 06.11.2021 г.               | 02.11. - 06.11.2021",
        "09.11. – 13.11.2021 г.              | 09.11. - 13.11.2021",
        "май 2021 г. декабрь 2021 г.         | май 2021 декабрь 2021",
        "Октябрь 2021, далее - ежегодно      | октябрь 2021, далее - ежегодно",
        "В течение года, ежегодно            | в течение года, ежегодно",
        "30.11.2020 года                     | 30.11.2020",
        "21.10. 2020                         | 21.10.2020",
        "отчётным                            | отчетным",
        "в 4-м квартале 2024 г.              | в 4 квартале 2024",
        "Сроки исполнения: март 2021 г.      | март 2021",
    })
    void normalises(String written, String normalised) {
        assertThat(DeadlineText.normalise(written)).isEqualTo(normalised);
    }
}
