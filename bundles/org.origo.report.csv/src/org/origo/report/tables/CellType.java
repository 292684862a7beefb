package org.origo.report.tables;

/**
 * How a cell is typed: TEXT (String), INTEGER (Number), DECIMAL (Number), PERCENT (Number, a
 * fraction 0..1), DATE (java.util.Date), BOOLEAN (Boolean). A null value is an empty cell.
 */
public enum CellType {
    TEXT, INTEGER, DECIMAL, PERCENT, DATE, BOOLEAN, CODE
}
