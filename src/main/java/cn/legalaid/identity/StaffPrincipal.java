package cn.legalaid.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.DataScope;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in staff member: who, at which unit, with which roles, permissions and data scope. Serializable because
 * sessions live in the database and are shared by all nodes.
 */
public final class StaffPrincipal implements Actor, UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	/** Authority every fully signed-in staff member holds (not one still owing a second factor). */
	public static final String STAFF = "STAFF";

	private final Long userId;
	private final String username;
	private final String displayName;
	private final Long unitId;
	private final String unitCode;
	private final String unitName;
	private final String unitLevel;
	private final DataScope dataScope;
	private final Set<String> roles;
	private final Set<String> roleNames;
	private final Set<String> permissions;
	private final boolean enabled;
	private final boolean locked;
	private final boolean secondFactorRequired;
	private final boolean totpEnrolled;
	private final boolean passwordExpired;
	private String passwordHash;

	private Long practitionerId;

	StaffPrincipal(Long userId, String username, String displayName, Long unitId, String unitCode, String unitName,
			String unitLevel, DataScope dataScope, Set<String> roles, Set<String> roleNames, Set<String> permissions,
			boolean enabled, boolean locked, boolean secondFactorRequired, boolean totpEnrolled, boolean passwordExpired,
			String passwordHash) {
		this.userId = userId;
		this.username = username;
		this.displayName = displayName;
		this.unitId = unitId;
		this.unitCode = unitCode;
		this.unitName = unitName;
		this.unitLevel = unitLevel;
		this.dataScope = dataScope;
		this.roles = Set.copyOf(roles);
		this.roleNames = new LinkedHashSet<>(roleNames);
		this.permissions = Set.copyOf(permissions);
		this.enabled = enabled;
		this.locked = locked;
		this.secondFactorRequired = secondFactorRequired;
		this.totpEnrolled = totpEnrolled;
		this.passwordExpired = passwordExpired;
		this.passwordHash = passwordHash;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new java.util.ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(STAFF));
		roles.forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r)));
		permissions.forEach(p -> authorities.add(new SimpleGrantedAuthority(p)));
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public Long userId() { return userId; }

	@Override
	public String username() { return username; }

	@Override
	public String displayName() { return displayName; }

	@Override
	public Long unitId() { return unitId; }

	@Override
	public String unitCode() { return unitCode; }

	@Override
	public String unitName() { return unitName; }

	public String unitLevel() { return unitLevel; }

	@Override
	public DataScope dataScope() { return dataScope; }

	@Override
	public Set<String> permissions() { return permissions; }

	public Set<String> roles() { return roles; }

	/** Chinese names of the roles, for display. */
	@Override
	public Set<String> roleNames() { return roleNames; }

	public boolean secondFactorRequired() { return secondFactorRequired; }

	public boolean totpEnrolled() { return totpEnrolled; }

	/** An administrator whose password is older than the policy allows: it must be changed before anything else. */
	public boolean passwordExpired() { return passwordExpired; }

	@Override
	public Long practitionerId() { return practitionerId; }

	StaffPrincipal withPractitioner(Long id) {
		this.practitionerId = id;
		return this;
	}

	@Override
	public String toString() {
		return "StaffPrincipal[" + username + "@" + unitCode + "]";
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof StaffPrincipal other && other.userId.equals(userId);
	}

	@Override
	public int hashCode() {
		return userId.hashCode();
	}
}
