package cn.legalaid.consultation;

import java.time.Instant;

import cn.legalaid.casework.CriminalStage;

/**
 * One entry of the duty log (值班记录): the help given to a person at a station. For
 * {@link DutyHelpKind#HELP_APPLY_FOR_AID} the application is forwarded to the centre with the time the person asked
 * ({@code appliedAt}, default now), the cause and the stage of the proceedings.
 */
public record NewDutyHelp(String stationCode, DutyHelpKind kind, Long practitionerId, String personName,
		String idNumber, String handlingBody, String notes, Instant appliedAt, String cause, CriminalStage criminalStage) {
}
