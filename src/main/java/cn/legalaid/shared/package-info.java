/**
 * Shared kernel (共享内核): the small vocabulary every module speaks — data scope, the acting user, problem
 * responses, masking of personal data, Excel export, sending text messages ({@code shared.sms}), and the embedded
 * database for development.
 * Depends on nothing else in the platform; every module may use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.legalaid.shared;
