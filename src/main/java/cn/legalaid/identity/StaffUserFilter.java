package cn.legalaid.identity;

/** Filters of the staff list; every field optional. */
public record StaffUserFilter(String text, String role, String unitCode, Boolean enabled) {
}
