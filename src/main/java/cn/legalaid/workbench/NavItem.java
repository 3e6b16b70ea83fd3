package cn.legalaid.workbench;

/** An entry of the side navigation: message key, link, Bootstrap icon and the permission that shows it. */
public record NavItem(String labelKey, String href, String icon, String permission) {
}
