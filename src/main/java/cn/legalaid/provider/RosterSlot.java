package cn.legalaid.provider;

/**
 * A centre whose roster (名册) a practitioner may be listed on: the centre of the practitioner's region or one above
 * it. {@code editable} when the actor's scope covers the centre.
 */
record RosterSlot(Long centreId, String code, String name, boolean listed, boolean editable) {
}
