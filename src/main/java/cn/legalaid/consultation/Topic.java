package cn.legalaid.consultation;

/** A consultation topic (咨询事项) from the configurable list. */
public record Topic(Long id, String name, boolean active, int sortOrder) {
}
