package cn.legalaid.casework;

import java.util.List;
import java.util.Map;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What a user typed into a screen form, kept to show the form again after a refusal: {@code ${form.get('client.name')}}
 * and {@code ${form.has('materials', '身份证明')}} for check boxes.
 */
final class FormValues {

	private final MultiValueMap<String, String> values;

	FormValues(MultiValueMap<String, String> values) {
		this.values = values == null ? new LinkedMultiValueMap<>() : values;
	}

	static FormValues of(Map<String, String> defaults) {
		LinkedMultiValueMap<String, String> map = new LinkedMultiValueMap<>();
		defaults.forEach(map::add);
		return new FormValues(map);
	}

	public String get(String name) {
		String v = values.getFirst(name);
		return v == null ? "" : v;
	}

	/** The value trimmed, or null when blank. */
	String text(String name) {
		String v = values.getFirst(name);
		return v == null || v.isBlank() ? null : v.trim();
	}

	public List<String> all(String name) {
		return values.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
	}

	public boolean has(String name, String value) {
		return all(name).contains(value);
	}

	public boolean checked(String name) {
		return has(name, "true") || has(name, "on");
	}
}
