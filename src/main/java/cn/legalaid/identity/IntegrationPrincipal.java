package cn.legalaid.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.DataScope;

/** An external system (e.g. a court's case system) calling with its organisation's API key. */
record IntegrationPrincipal(Long keyId, String keyName, Long unitId, String unitCode, String unitName,
		DataScope dataScope, Set<String> permissions) implements Actor, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	@Override
	public Long userId() {
		return null;
	}

	@Override
	public String username() {
		return "api-key:" + keyName;
	}

	@Override
	public String displayName() {
		return keyName;
	}
}
