package cn.legalaid.consultation;

import java.util.Map;

import cn.legalaid.shared.BusinessRuleException;

/** A registration with one or more problems; each is shown by its field in Chinese and nothing is saved. */
public class InvalidConsultation extends BusinessRuleException {

	private final Map<String, String> errors;

	InvalidConsultation(Map<String, String> errors) {
		super(errors.keySet().iterator().next(), String.join("；", errors.values()));
		this.errors = Map.copyOf(errors);
	}

	public Map<String, String> errors() {
		return errors;
	}
}
