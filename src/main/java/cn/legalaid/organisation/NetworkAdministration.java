package cn.legalaid.organisation;

import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the network made by administrators: a centre's facts, new workstations and contact points. Every
 * method takes the actor's data scope; a unit outside it is reported as not found.
 */
@Service
@Transactional
public class NetworkAdministration {

	private final OrganisationRepository repository;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	NetworkAdministration(OrganisationRepository repository, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.repository = repository;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Organisation get(DataScope scope, String code) {
		return repository.findByCode(code)
			.filter(o -> scope.coversUnit(o.getPath()))
			.orElseThrow(() -> new NotFoundException("机构不存在或不在您的数据范围内：" + code));
	}

	public Organisation updateFacts(DataScope scope, String code, Integer seenVersion, CentreFacts facts) {
		Organisation unit = get(scope, code);
		if (seenVersion != null) {
			unit.expectVersion(seenVersion);
		}
		unit.updateFacts(facts);
		Organisation saved = repository.save(unit);
		events.publishEvent(new CentreFactsChanged(code, facts));
		return saved;
	}

	public Organisation addWorkstation(DataScope scope, String parentCode, NewWorkstation request) {
		Organisation parent = get(scope, parentCode);
		if (request.kind() == UnitKind.TOWNSHIP_WORKSTATION) {
			boolean exists = jdbc.sql("SELECT count(*) FROM organisation WHERE kind = 'TOWNSHIP_WORKSTATION' AND division_code = :t AND active")
				.param("t", request.townshipCode())
				.query(Integer.class)
				.single() > 0;
			if (exists) {
				throw new BusinessRuleException("townshipCode", "该乡镇（街道）已设有法律援助工作站");
			}
		}
		String code = nextCode(parent, "W", OrganisationLevel.WORKSTATION);
		Organisation ws = parent.establishWorkstation(code, request.name(), request.kind(), request.townshipCode(),
				request.hostInstitution());
		ws.updateFacts(new CentreFacts(request.address(), request.phone(), null, null, null, null));
		Organisation saved = repository.save(ws);
		events.publishEvent(new UnitEstablished(saved.getCode(), saved.getName(), saved.getLevel(), saved.getKind(),
				parent.getCode()));
		return saved;
	}

	public Organisation addContactPoint(DataScope scope, String parentCode, NewContactPoint request) {
		Organisation parent = get(scope, parentCode);
		String code = nextCode(parent, "C", OrganisationLevel.CONTACT_POINT);
		Organisation cp = parent.establishContactPoint(code, request.name(), request.liaisonName(),
				request.liaisonPhone());
		cp.updateFacts(new CentreFacts(request.address(), null, null, null, null, null));
		Organisation saved = repository.save(cp);
		events.publishEvent(new UnitEstablished(saved.getCode(), saved.getName(), saved.getLevel(), saved.getKind(),
				parent.getCode()));
		return saved;
	}

	public Organisation setActive(DataScope scope, String code, boolean active) {
		Organisation unit = get(scope, code);
		if (active) {
			unit.reactivate();
		}
		else {
			unit.deactivate();
		}
		return repository.save(unit);
	}

	/** Codes of outposts extend their parent's code: 320102W01, 320102W01C03. */
	private String nextCode(Organisation parent, String marker, OrganisationLevel level) {
		int next = repository.countChildren(parent.getId(), level.name()) + 1;
		String code;
		do {
			code = parent.getCode() + marker + String.format("%02d", next++);
		}
		while (repository.findByCode(code).isPresent());
		return code;
	}
}
