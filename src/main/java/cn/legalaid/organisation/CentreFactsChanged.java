package cn.legalaid.organisation;

/** A centre's facts changed; standardisation checks (a later module) re-evaluate the centre. */
public record CentreFactsChanged(String code, CentreFacts facts) {
}
