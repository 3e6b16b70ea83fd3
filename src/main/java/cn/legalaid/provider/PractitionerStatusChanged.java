package cn.legalaid.provider;

/** A practitioner was suspended or reinstated; assignment stops or resumes offering them. */
public record PractitionerStatusChanged(Long practitionerId, PractitionerStatus status, String reason) {
}
