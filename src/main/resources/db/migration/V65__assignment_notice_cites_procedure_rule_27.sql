-- The 指派通知书 cited 《法律援助法》第四十四条 (先行提供) for the five days in which the handler signs the agreement
-- with the client; that period is set by 《办理法律援助案件程序规定》第二十七条. Stored templates (the national default
-- and any province's copy made from it) are corrected where they still carry the wrong citation.
UPDATE document_template
   SET body = replace(body, '签订委托协议和授权委托书（《法律援助法》第四十四条）',
                            '签订委托协议和授权委托书（《办理法律援助案件程序规定》第二十七条）')
 WHERE document_type = 'ASSIGNMENT_NOTICE'
   AND body LIKE '%签订委托协议和授权委托书（《法律援助法》第四十四条）%';
