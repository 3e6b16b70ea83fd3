package cn.legalaid.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs: title, and the two ways to authenticate (bearer token, API key). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI legalAidOpenApi() {
		return new OpenAPI()
			.info(new Info().title("法律援助综合管理平台 API")
				.version("v1")
				.description("""
						供外部系统与脚本调用的 JSON 接口。认证方式：POST /api/v1/auth/token 以用户名和密码换取令牌后使用
						Authorization: Bearer <token>；或由管理员为机构签发接口密钥，使用 X-API-Key 请求头。
						错误以 RFC 9457 problem details 返回，detail 为中文说明。"""))
			.components(new Components()
				.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
				.addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.HEADER)
					.name("X-API-Key")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"))
			.addSecurityItem(new SecurityRequirement().addList("apiKey"));
	}
}
