package ru.rostok.analysis.engine;

/** Where a school stands in the campaign (004: «слабые позиции», «школы с высокими позициями»). */
public enum Position { STRONG, MIDDLE, WEAK, INSUFFICIENT_DATA }
