package cn.legalaid.registry;

/** A rejected row of a batch: its line in the file, the name and masked ID number as given, and why. */
public record Rejection(int lineNo, String name, String idMasked, String reason) {
}
