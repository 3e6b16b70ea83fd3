package cn.legalaid.portal;

import cn.legalaid.casework.PublicCaseLookup;
import cn.legalaid.shared.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following an application: a one-time code goes to the client's phone on the case, and only when the phone
 * entered is that phone (blind indexes compared). The answer to the visitor is the same either way, so the portal
 * does not tell which application numbers or phones exist.
 */
@Service
class ProgressFollowing {

	private static final Logger log = LoggerFactory.getLogger(ProgressFollowing.class);

	private final PublicCaseLookup lookup;

	private final AccessCodes codes;

	private final NotificationGateway gateway;

	ProgressFollowing(PublicCaseLookup lookup, AccessCodes codes, NotificationGateway gateway) {
		this.lookup = lookup;
		this.codes = codes;
		this.gateway = gateway;
	}

	/** Sends a code when the phone is the client's phone on the application; returns whether one was sent. */
	@Transactional
	boolean requestCode(String applicationNumber, String phone) {
		if (!lookup.clientPhoneMatches(applicationNumber, phone)) {
			log.info("Access code refused for an application: phone {} is not the client's", Masking.phone(phone));
			return false;
		}
		String code = codes.issue(applicationNumber);
		gateway.send(new NotificationGateway.TextMessage(phone.trim(),
				"【法律援助】您查询法律援助申请" + applicationNumber + "办理进度的验证码为" + code + "，10分钟内有效。如非本人操作，请忽略。",
				"ACCESS_CODE", applicationNumber));
		return true;
	}

	AccessCodes.Verification verify(String applicationNumber, String code) {
		return codes.verify(applicationNumber, code);
	}
}
