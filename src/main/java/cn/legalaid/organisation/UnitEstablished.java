package cn.legalaid.organisation;

/** A workstation or contact point was set up in the network. */
public record UnitEstablished(String code, String name, OrganisationLevel level, UnitKind kind, String parentCode) {
}
