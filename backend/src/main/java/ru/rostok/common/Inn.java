package ru.rostok.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An organisation's INN (ИНН юридического лица): ten digits, the last one a check digit. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Inn.Validator.class)
public @interface Inn {
    String message() default "ИНН организации — 10 цифр с верной контрольной цифрой";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Inn, String> {
        private static final int[] WEIGHTS = {2, 4, 10, 3, 5, 9, 4, 6, 8};

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isValid(value.strip());
        }

        public static boolean isValid(String inn) {
            if (!inn.matches("\\d{10}")) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (inn.charAt(i) - '0') * WEIGHTS[i];
            }
            return sum % 11 % 10 == inn.charAt(9) - '0';
        }
    }
}
