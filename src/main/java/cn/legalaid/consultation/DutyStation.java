package cn.legalaid.consultation;

import java.util.Set;

/**
 * A duty station (值班律师工作站): a workstation of the specialised kinds court, procuratorate or detention centre.
 * {@code countyPath} is the path of the centre above it, whose practitioners may be on its rota.
 */
public record DutyStation(Long id, String code, String name, String kind, String path, String countyPath) {

	static final Set<String> KINDS = Set.of("COURT", "PROCURATORATE", "DETENTION_CENTRE");
}
