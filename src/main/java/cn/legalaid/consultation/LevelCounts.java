package cn.legalaid.consultation;

/** The counts of one unit's whole subtree (the unit and every unit below it). */
public record LevelCounts(String unitCode, String unitName, String levelLabel, ChannelCounts counts) {
}
