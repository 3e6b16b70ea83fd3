package cn.legalaid.provider;

import cn.legalaid.organisation.OrganisationDirectory;
import cn.legalaid.organisation.UnitRef;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.DataScope;
import cn.legalaid.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Resolves the organisation units that providers refer to (regions, roster centres) within the actor's scope. */
@Component
class Regions {

	private final OrganisationDirectory directory;

	Regions(OrganisationDirectory directory) {
		this.directory = directory;
	}

	/** The region chosen on a form; one outside the scope is refused as input, not as a missing record. */
	UnitRef region(DataScope scope, String code) {
		if (code == null || code.isBlank()) {
			throw new BusinessRuleException("regionCode", "请选择所在地区");
		}
		return directory.findByCode(code.trim())
			.filter(unit -> scope.coversUnit(unit.path()))
			.orElseThrow(() -> new BusinessRuleException("regionCode", "所在地区不存在或不在您的数据范围内"));
	}

	/** A centre whose roster is changed; outside the scope it is not found. */
	UnitRef centre(DataScope scope, String code) {
		return directory.findByCode(code)
			.filter(unit -> scope.coversUnit(unit.path()))
			.orElseThrow(() -> new NotFoundException("法律援助中心不存在或不在您的数据范围内：" + code));
	}

	/** The code of a unit by id, e.g. to fill the region of an edit form. */
	String code(Long unitId) {
		return directory.findById(unitId).map(UnitRef::code).orElse("");
	}
}
