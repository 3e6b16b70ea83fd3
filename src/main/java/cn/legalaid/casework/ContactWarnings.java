package cn.legalaid.casework;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the clerk should know about the contact details of a new application, without refusing it: the portal sends
 * its one-time code for following the application by SMS to the client's phone, and a landline cannot receive it.
 */
final class ContactWarnings {

	static final String LANDLINE = "该号码为固定电话，无法接收查询进度的短信验证码；请提供手机号码或告知申请人凭受理回执查询";

	/** A mainland landline with its area code, e.g. 025-84561234 or 051265123456 (as {@link PartyInput} accepts it). */
	static final Pattern LANDLINE_NUMBER = Pattern.compile("^0\\d{2,3}-?\\d{7,8}$");

	private ContactWarnings() {
	}

	/** The warnings for an application whose client gave this phone; empty when there is nothing to say. */
	static List<String> forClientPhone(String phone) {
		return isLandline(phone) ? List.of(LANDLINE) : List.of();
	}

	static List<String> forApplication(NewApplication application) {
		return forClientPhone(application == null || application.client() == null ? null : application.client().phone());
	}

	static boolean isLandline(String phone) {
		return phone != null && LANDLINE_NUMBER.matcher(phone.trim()).matches();
	}
}
