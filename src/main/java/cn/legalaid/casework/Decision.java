package cn.legalaid.casework;

import java.time.Instant;

/** The written decision on an application (art 43): grant or refuse, with reasons and legal basis. */
public record Decision(Boolean granted, String reasons, String basis, String decidedBy, Instant decidedAt,
		boolean provisionalAid) {
}
