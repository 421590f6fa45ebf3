// The 224 cells of the two national formats, from spec/report-fields.csv (国办公开办函〔2019〕60号 and 〔2021〕30号).
// in2019 / in2021: Y printed, N absent, Y* printed under another label and mapped here, D derived.
export const FIELDS = [
	{
		id: 't2_rule_issued',
		table: 2,
		zh: '第二十条第（一）项 / 规章 / 本年制发件数',
		en: 'Government rules issued this year',
		unit: '件',
		in2019: 'Y*',
		in2021: 'Y',
		comparable: 'P',
		note: '2019: 本年新制作数量 maps here'
	},
	{
		id: 't2_rule_repealed',
		table: 2,
		zh: '第二十条第（一）项 / 规章 / 本年废止件数',
		en: 'Government rules repealed this year',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't2_rule_in_force',
		table: 2,
		zh: '第二十条第（一）项 / 规章 / 现行有效件数',
		en: 'Government rules in force',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't2_normdoc_issued',
		table: 2,
		zh: '第二十条第（一）项 / 行政规范性文件 / 本年制发件数',
		en: 'Normative documents issued this year',
		unit: '件',
		in2019: 'Y*',
		in2021: 'Y',
		comparable: 'P',
		note: '2019: 规范性文件 本年新制作数量 maps here'
	},
	{
		id: 't2_normdoc_repealed',
		table: 2,
		zh: '第二十条第（一）项 / 行政规范性文件 / 本年废止件数',
		en: 'Normative documents repealed this year',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't2_normdoc_in_force',
		table: 2,
		zh: '第二十条第（一）项 / 行政规范性文件 / 现行有效件数',
		en: 'Normative documents in force',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't2_license_decisions',
		table: 2,
		zh: '第二十条第（五）项 / 行政许可 / 本年处理决定数量（2019: 处理决定数量）',
		en: 'Administrative licensing decisions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't2_penalty_decisions',
		table: 2,
		zh: '第二十条第（六）项 / 行政处罚 / 本年处理决定数量',
		en: 'Administrative penalty decisions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't2_coercion_decisions',
		table: 2,
		zh: '第二十条第（六）项 / 行政强制 / 本年处理决定数量',
		en: 'Administrative coercion decisions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't2_fee_amount_10k_cny',
		table: 2,
		zh: '第二十条第（八）项 / 行政事业性收费 / 本年收费金额（单位：万元）',
		en: 'Administrative fees collected',
		unit: '万元',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N',
		note: '2019 counts fee items instead; not comparable'
	},
	{
		id: 't2_rule_new_published',
		table: 2,
		zh: '（2019格式）规章 / 本年新公开数量',
		en: 'Rules newly published this year',
		unit: '件',
		in2019: 'Y',
		in2021: 'N',
		comparable: 'N'
	},
	{
		id: 't2_rule_total_published',
		table: 2,
		zh: '（2019格式）规章 / 对外公开总数量',
		en: 'Rules published, cumulative',
		unit: '件',
		in2019: 'Y',
		in2021: 'N',
		comparable: 'N'
	},
	{
		id: 't2_normdoc_new_published',
		table: 2,
		zh: '（2019格式）规范性文件 / 本年新公开数量',
		en: 'Normative documents newly published',
		unit: '件',
		in2019: 'Y',
		in2021: 'N',
		comparable: 'N'
	},
	{
		id: 't2_normdoc_total_published',
		table: 2,
		zh: '（2019格式）规范性文件 / 对外公开总数量',
		en: 'Normative documents published, cumulative',
		unit: '件',
		in2019: 'Y',
		in2021: 'N',
		comparable: 'N'
	},
	{
		id: 't2_license_items_prev',
		table: 2,
		zh: '（2019格式）行政许可 / 上一年项目数量',
		en: 'Number of licensing items last year',
		unit: '项',
		in2019: 'Y',
		in2021: 'N',
		comparable: 'N'
	},
	{
		id: 't2_license_items_change',
		table: 2,
		zh: '（2019格式）行政许可 / 本年增/减',
		en: 'Change in number of licensing items (signed)',
		unit: '项',
		in2019: 'Y',
		in2021: 'N',
		comparable: 'N',
		note: 'signed integer'
	},
	{
		id: 't2_other_service_items_prev',
		table: 2,
		zh: '（2019格式）其他对外管理服务事项 / 上一年项目数量',
		en: 'Number of other external management/service matters items last year',
		unit: '项',
		in2019: 'Y',
		in2021: 'N',
		comparable: 'N'
	},
	{
		id: 't2_other_service_items_change',
		table: 2,
		zh: '（2019格式）其他对外管理服务事项 / 本年增/减',
		en: 'Change in number of other external management/service matters items (signed)',
		unit: '项',
		in2019: 'Y',
		in2021: 'N',
		comparable: 'N',
		note: 'signed integer'
	},
	{
		id: 't2_penalty_items_prev',
		table: 2,
		zh: '（2019格式）行政处罚 / 上一年项目数量',
		en: 'Number of penalty items last year',
		unit: '项',
		in2019: 'Y',
		in2021: 'N',
		comparable: 'N'
	},
	{
		id: 't2_penalty_items_change',
		table: 2,
		zh: '（2019格式）行政处罚 / 本年增/减',
		en: 'Change in number of penalty items (signed)',
		unit: '项',
		in2019: 'Y',
		in2021: 'N',
		comparable: 'N',
		note: 'signed integer'
	},
	{
		id: 't2_coercion_items_prev',
		table: 2,
		zh: '（2019格式）行政强制 / 上一年项目数量',
		en: 'Number of coercion items last year',
		unit: '项',
		in2019: 'Y',
		in2021: 'N',
		comparable: 'N'
	},
	{
		id: 't2_coercion_items_change',
		table: 2,
		zh: '（2019格式）行政强制 / 本年增/减',
		en: 'Change in number of coercion items (signed)',
		unit: '项',
		in2019: 'Y',
		in2021: 'N',
		comparable: 'N',
		note: 'signed integer'
	},
	{
		id: 't2_fee_items_prev',
		table: 2,
		zh: '（2019格式）行政事业性收费 / 上一年项目数量',
		en: 'Number of fee items last year',
		unit: '项',
		in2019: 'Y',
		in2021: 'N',
		comparable: 'N'
	},
	{
		id: 't2_fee_items_change',
		table: 2,
		zh: '（2019格式）行政事业性收费 / 本年增/减',
		en: 'Change in number of fee items (signed)',
		unit: '项',
		in2019: 'Y',
		in2021: 'N',
		comparable: 'N',
		note: 'signed integer'
	},
	{
		id: 't2_other_service_decisions',
		table: 2,
		zh: '（2019格式）其他对外管理服务事项 / 处理决定数量',
		en: 'Other management/service decisions',
		unit: '件',
		in2019: 'Y',
		in2021: 'N',
		comparable: 'N'
	},
	{
		id: 't2_procurement_projects',
		table: 2,
		zh: '（2019格式）第二十条第（九）项 / 政府集中采购 / 采购项目数量',
		en: 'Centralised procurement projects',
		unit: '个',
		in2019: 'Y',
		in2021: 'N',
		comparable: 'N'
	},
	{
		id: 't2_procurement_amount_10k_cny',
		table: 2,
		zh: '（2019格式）第二十条第（九）项 / 政府集中采购 / 采购总金额',
		en: 'Centralised procurement amount (normalised to 万元)',
		unit: '万元',
		in2019: 'Y',
		in2021: 'N',
		comparable: 'N',
		note: 'printed unit varies (元/万元); normalise'
	},
	{
		id: 't3_new_received__natural_person',
		table: 3,
		zh: '一、本年新收政府信息公开申请数量 × 自然人',
		en: 'New requests received — Natural persons',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_new_received__org_commercial',
		table: 3,
		zh: '一、本年新收政府信息公开申请数量 × 法人或其他组织 / 商业企业',
		en: 'New requests received — Commercial enterprises',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_new_received__org_research',
		table: 3,
		zh: '一、本年新收政府信息公开申请数量 × 法人或其他组织 / 科研机构',
		en: 'New requests received — Research institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_new_received__org_public_interest',
		table: 3,
		zh: '一、本年新收政府信息公开申请数量 × 法人或其他组织 / 社会公益组织',
		en: 'New requests received — Public-interest organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_new_received__org_legal_service',
		table: 3,
		zh: '一、本年新收政府信息公开申请数量 × 法人或其他组织 / 法律服务机构',
		en: 'New requests received — Legal-service institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_new_received__org_other',
		table: 3,
		zh: '一、本年新收政府信息公开申请数量 × 法人或其他组织 / 其他',
		en: 'New requests received — Other organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_new_received__total',
		table: 3,
		zh: '一、本年新收政府信息公开申请数量 × 总计',
		en: 'New requests received — Total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_carried_over_in__natural_person',
		table: 3,
		zh: '二、上年结转政府信息公开申请数量 × 自然人',
		en: 'Requests carried over from last year — Natural persons',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_carried_over_in__org_commercial',
		table: 3,
		zh: '二、上年结转政府信息公开申请数量 × 法人或其他组织 / 商业企业',
		en: 'Requests carried over from last year — Commercial enterprises',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_carried_over_in__org_research',
		table: 3,
		zh: '二、上年结转政府信息公开申请数量 × 法人或其他组织 / 科研机构',
		en: 'Requests carried over from last year — Research institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_carried_over_in__org_public_interest',
		table: 3,
		zh: '二、上年结转政府信息公开申请数量 × 法人或其他组织 / 社会公益组织',
		en: 'Requests carried over from last year — Public-interest organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_carried_over_in__org_legal_service',
		table: 3,
		zh: '二、上年结转政府信息公开申请数量 × 法人或其他组织 / 法律服务机构',
		en: 'Requests carried over from last year — Legal-service institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_carried_over_in__org_other',
		table: 3,
		zh: '二、上年结转政府信息公开申请数量 × 法人或其他组织 / 其他',
		en: 'Requests carried over from last year — Other organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_carried_over_in__total',
		table: 3,
		zh: '二、上年结转政府信息公开申请数量 × 总计',
		en: 'Requests carried over from last year — Total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_disclosed__natural_person',
		table: 3,
		zh: '三、本年度办理结果 / （一）予以公开 × 自然人',
		en: 'Disclosed — Natural persons',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_disclosed__org_commercial',
		table: 3,
		zh: '三、本年度办理结果 / （一）予以公开 × 法人或其他组织 / 商业企业',
		en: 'Disclosed — Commercial enterprises',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_disclosed__org_research',
		table: 3,
		zh: '三、本年度办理结果 / （一）予以公开 × 法人或其他组织 / 科研机构',
		en: 'Disclosed — Research institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_disclosed__org_public_interest',
		table: 3,
		zh: '三、本年度办理结果 / （一）予以公开 × 法人或其他组织 / 社会公益组织',
		en: 'Disclosed — Public-interest organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_disclosed__org_legal_service',
		table: 3,
		zh: '三、本年度办理结果 / （一）予以公开 × 法人或其他组织 / 法律服务机构',
		en: 'Disclosed — Legal-service institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_disclosed__org_other',
		table: 3,
		zh: '三、本年度办理结果 / （一）予以公开 × 法人或其他组织 / 其他',
		en: 'Disclosed — Other organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_disclosed__total',
		table: 3,
		zh: '三、本年度办理结果 / （一）予以公开 × 总计',
		en: 'Disclosed — Total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_partial__natural_person',
		table: 3,
		zh: '三、本年度办理结果 / （二）部分公开（区分处理的，只计这一情形，不计其他情形） × 自然人',
		en: 'Partially disclosed — Natural persons',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_partial__org_commercial',
		table: 3,
		zh: '三、本年度办理结果 / （二）部分公开（区分处理的，只计这一情形，不计其他情形） × 法人或其他组织 / 商业企业',
		en: 'Partially disclosed — Commercial enterprises',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_partial__org_research',
		table: 3,
		zh: '三、本年度办理结果 / （二）部分公开（区分处理的，只计这一情形，不计其他情形） × 法人或其他组织 / 科研机构',
		en: 'Partially disclosed — Research institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_partial__org_public_interest',
		table: 3,
		zh: '三、本年度办理结果 / （二）部分公开（区分处理的，只计这一情形，不计其他情形） × 法人或其他组织 / 社会公益组织',
		en: 'Partially disclosed — Public-interest organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_partial__org_legal_service',
		table: 3,
		zh: '三、本年度办理结果 / （二）部分公开（区分处理的，只计这一情形，不计其他情形） × 法人或其他组织 / 法律服务机构',
		en: 'Partially disclosed — Legal-service institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_partial__org_other',
		table: 3,
		zh: '三、本年度办理结果 / （二）部分公开（区分处理的，只计这一情形，不计其他情形） × 法人或其他组织 / 其他',
		en: 'Partially disclosed — Other organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_partial__total',
		table: 3,
		zh: '三、本年度办理结果 / （二）部分公开（区分处理的，只计这一情形，不计其他情形） × 总计',
		en: 'Partially disclosed — Total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_state_secret__natural_person',
		table: 3,
		zh: '（三）不予公开 / 1.属于国家秘密 × 自然人',
		en: 'Withheld: state secret — Natural persons',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_state_secret__org_commercial',
		table: 3,
		zh: '（三）不予公开 / 1.属于国家秘密 × 法人或其他组织 / 商业企业',
		en: 'Withheld: state secret — Commercial enterprises',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_state_secret__org_research',
		table: 3,
		zh: '（三）不予公开 / 1.属于国家秘密 × 法人或其他组织 / 科研机构',
		en: 'Withheld: state secret — Research institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_state_secret__org_public_interest',
		table: 3,
		zh: '（三）不予公开 / 1.属于国家秘密 × 法人或其他组织 / 社会公益组织',
		en: 'Withheld: state secret — Public-interest organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_state_secret__org_legal_service',
		table: 3,
		zh: '（三）不予公开 / 1.属于国家秘密 × 法人或其他组织 / 法律服务机构',
		en: 'Withheld: state secret — Legal-service institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_state_secret__org_other',
		table: 3,
		zh: '（三）不予公开 / 1.属于国家秘密 × 法人或其他组织 / 其他',
		en: 'Withheld: state secret — Other organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_state_secret__total',
		table: 3,
		zh: '（三）不予公开 / 1.属于国家秘密 × 总计',
		en: 'Withheld: state secret — Total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_law_prohibited__natural_person',
		table: 3,
		zh: '（三）不予公开 / 2.其他法律行政法规禁止公开 × 自然人',
		en: 'Withheld: prohibited by other laws — Natural persons',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_law_prohibited__org_commercial',
		table: 3,
		zh: '（三）不予公开 / 2.其他法律行政法规禁止公开 × 法人或其他组织 / 商业企业',
		en: 'Withheld: prohibited by other laws — Commercial enterprises',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_law_prohibited__org_research',
		table: 3,
		zh: '（三）不予公开 / 2.其他法律行政法规禁止公开 × 法人或其他组织 / 科研机构',
		en: 'Withheld: prohibited by other laws — Research institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_law_prohibited__org_public_interest',
		table: 3,
		zh: '（三）不予公开 / 2.其他法律行政法规禁止公开 × 法人或其他组织 / 社会公益组织',
		en: 'Withheld: prohibited by other laws — Public-interest organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_law_prohibited__org_legal_service',
		table: 3,
		zh: '（三）不予公开 / 2.其他法律行政法规禁止公开 × 法人或其他组织 / 法律服务机构',
		en: 'Withheld: prohibited by other laws — Legal-service institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_law_prohibited__org_other',
		table: 3,
		zh: '（三）不予公开 / 2.其他法律行政法规禁止公开 × 法人或其他组织 / 其他',
		en: 'Withheld: prohibited by other laws — Other organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_law_prohibited__total',
		table: 3,
		zh: '（三）不予公开 / 2.其他法律行政法规禁止公开 × 总计',
		en: 'Withheld: prohibited by other laws — Total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_security_stability__natural_person',
		table: 3,
		zh: '（三）不予公开 / 3.危及“三安全一稳定” × 自然人',
		en: 'Withheld: security/stability — Natural persons',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_security_stability__org_commercial',
		table: 3,
		zh: '（三）不予公开 / 3.危及“三安全一稳定” × 法人或其他组织 / 商业企业',
		en: 'Withheld: security/stability — Commercial enterprises',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_security_stability__org_research',
		table: 3,
		zh: '（三）不予公开 / 3.危及“三安全一稳定” × 法人或其他组织 / 科研机构',
		en: 'Withheld: security/stability — Research institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_security_stability__org_public_interest',
		table: 3,
		zh: '（三）不予公开 / 3.危及“三安全一稳定” × 法人或其他组织 / 社会公益组织',
		en: 'Withheld: security/stability — Public-interest organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_security_stability__org_legal_service',
		table: 3,
		zh: '（三）不予公开 / 3.危及“三安全一稳定” × 法人或其他组织 / 法律服务机构',
		en: 'Withheld: security/stability — Legal-service institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_security_stability__org_other',
		table: 3,
		zh: '（三）不予公开 / 3.危及“三安全一稳定” × 法人或其他组织 / 其他',
		en: 'Withheld: security/stability — Other organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_security_stability__total',
		table: 3,
		zh: '（三）不予公开 / 3.危及“三安全一稳定” × 总计',
		en: 'Withheld: security/stability — Total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_third_party__natural_person',
		table: 3,
		zh: '（三）不予公开 / 4.保护第三方合法权益 × 自然人',
		en: 'Withheld: third-party rights — Natural persons',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_third_party__org_commercial',
		table: 3,
		zh: '（三）不予公开 / 4.保护第三方合法权益 × 法人或其他组织 / 商业企业',
		en: 'Withheld: third-party rights — Commercial enterprises',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_third_party__org_research',
		table: 3,
		zh: '（三）不予公开 / 4.保护第三方合法权益 × 法人或其他组织 / 科研机构',
		en: 'Withheld: third-party rights — Research institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_third_party__org_public_interest',
		table: 3,
		zh: '（三）不予公开 / 4.保护第三方合法权益 × 法人或其他组织 / 社会公益组织',
		en: 'Withheld: third-party rights — Public-interest organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_third_party__org_legal_service',
		table: 3,
		zh: '（三）不予公开 / 4.保护第三方合法权益 × 法人或其他组织 / 法律服务机构',
		en: 'Withheld: third-party rights — Legal-service institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_third_party__org_other',
		table: 3,
		zh: '（三）不予公开 / 4.保护第三方合法权益 × 法人或其他组织 / 其他',
		en: 'Withheld: third-party rights — Other organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_third_party__total',
		table: 3,
		zh: '（三）不予公开 / 4.保护第三方合法权益 × 总计',
		en: 'Withheld: third-party rights — Total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_internal_affairs__natural_person',
		table: 3,
		zh: '（三）不予公开 / 5.属于三类内部事务信息 × 自然人',
		en: 'Withheld: internal affairs — Natural persons',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_internal_affairs__org_commercial',
		table: 3,
		zh: '（三）不予公开 / 5.属于三类内部事务信息 × 法人或其他组织 / 商业企业',
		en: 'Withheld: internal affairs — Commercial enterprises',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_internal_affairs__org_research',
		table: 3,
		zh: '（三）不予公开 / 5.属于三类内部事务信息 × 法人或其他组织 / 科研机构',
		en: 'Withheld: internal affairs — Research institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_internal_affairs__org_public_interest',
		table: 3,
		zh: '（三）不予公开 / 5.属于三类内部事务信息 × 法人或其他组织 / 社会公益组织',
		en: 'Withheld: internal affairs — Public-interest organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_internal_affairs__org_legal_service',
		table: 3,
		zh: '（三）不予公开 / 5.属于三类内部事务信息 × 法人或其他组织 / 法律服务机构',
		en: 'Withheld: internal affairs — Legal-service institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_internal_affairs__org_other',
		table: 3,
		zh: '（三）不予公开 / 5.属于三类内部事务信息 × 法人或其他组织 / 其他',
		en: 'Withheld: internal affairs — Other organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_internal_affairs__total',
		table: 3,
		zh: '（三）不予公开 / 5.属于三类内部事务信息 × 总计',
		en: 'Withheld: internal affairs — Total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_process_info__natural_person',
		table: 3,
		zh: '（三）不予公开 / 6.属于四类过程性信息 × 自然人',
		en: 'Withheld: process information — Natural persons',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_process_info__org_commercial',
		table: 3,
		zh: '（三）不予公开 / 6.属于四类过程性信息 × 法人或其他组织 / 商业企业',
		en: 'Withheld: process information — Commercial enterprises',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_process_info__org_research',
		table: 3,
		zh: '（三）不予公开 / 6.属于四类过程性信息 × 法人或其他组织 / 科研机构',
		en: 'Withheld: process information — Research institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_process_info__org_public_interest',
		table: 3,
		zh: '（三）不予公开 / 6.属于四类过程性信息 × 法人或其他组织 / 社会公益组织',
		en: 'Withheld: process information — Public-interest organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_process_info__org_legal_service',
		table: 3,
		zh: '（三）不予公开 / 6.属于四类过程性信息 × 法人或其他组织 / 法律服务机构',
		en: 'Withheld: process information — Legal-service institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_process_info__org_other',
		table: 3,
		zh: '（三）不予公开 / 6.属于四类过程性信息 × 法人或其他组织 / 其他',
		en: 'Withheld: process information — Other organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_process_info__total',
		table: 3,
		zh: '（三）不予公开 / 6.属于四类过程性信息 × 总计',
		en: 'Withheld: process information — Total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_enforcement_file__natural_person',
		table: 3,
		zh: '（三）不予公开 / 7.属于行政执法案卷 × 自然人',
		en: 'Withheld: enforcement case file — Natural persons',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_enforcement_file__org_commercial',
		table: 3,
		zh: '（三）不予公开 / 7.属于行政执法案卷 × 法人或其他组织 / 商业企业',
		en: 'Withheld: enforcement case file — Commercial enterprises',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_enforcement_file__org_research',
		table: 3,
		zh: '（三）不予公开 / 7.属于行政执法案卷 × 法人或其他组织 / 科研机构',
		en: 'Withheld: enforcement case file — Research institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_enforcement_file__org_public_interest',
		table: 3,
		zh: '（三）不予公开 / 7.属于行政执法案卷 × 法人或其他组织 / 社会公益组织',
		en: 'Withheld: enforcement case file — Public-interest organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_enforcement_file__org_legal_service',
		table: 3,
		zh: '（三）不予公开 / 7.属于行政执法案卷 × 法人或其他组织 / 法律服务机构',
		en: 'Withheld: enforcement case file — Legal-service institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_enforcement_file__org_other',
		table: 3,
		zh: '（三）不予公开 / 7.属于行政执法案卷 × 法人或其他组织 / 其他',
		en: 'Withheld: enforcement case file — Other organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_enforcement_file__total',
		table: 3,
		zh: '（三）不予公开 / 7.属于行政执法案卷 × 总计',
		en: 'Withheld: enforcement case file — Total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_admin_query__natural_person',
		table: 3,
		zh: '（三）不予公开 / 8.属于行政查询事项 × 自然人',
		en: 'Withheld: administrative query matter — Natural persons',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_admin_query__org_commercial',
		table: 3,
		zh: '（三）不予公开 / 8.属于行政查询事项 × 法人或其他组织 / 商业企业',
		en: 'Withheld: administrative query matter — Commercial enterprises',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_admin_query__org_research',
		table: 3,
		zh: '（三）不予公开 / 8.属于行政查询事项 × 法人或其他组织 / 科研机构',
		en: 'Withheld: administrative query matter — Research institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_admin_query__org_public_interest',
		table: 3,
		zh: '（三）不予公开 / 8.属于行政查询事项 × 法人或其他组织 / 社会公益组织',
		en: 'Withheld: administrative query matter — Public-interest organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_admin_query__org_legal_service',
		table: 3,
		zh: '（三）不予公开 / 8.属于行政查询事项 × 法人或其他组织 / 法律服务机构',
		en: 'Withheld: administrative query matter — Legal-service institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_admin_query__org_other',
		table: 3,
		zh: '（三）不予公开 / 8.属于行政查询事项 × 法人或其他组织 / 其他',
		en: 'Withheld: administrative query matter — Other organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_withheld_admin_query__total',
		table: 3,
		zh: '（三）不予公开 / 8.属于行政查询事项 × 总计',
		en: 'Withheld: administrative query matter — Total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_unable_not_held__natural_person',
		table: 3,
		zh: '（四）无法提供 / 1.本机关不掌握相关政府信息 × 自然人',
		en: 'Unable: not held — Natural persons',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_unable_not_held__org_commercial',
		table: 3,
		zh: '（四）无法提供 / 1.本机关不掌握相关政府信息 × 法人或其他组织 / 商业企业',
		en: 'Unable: not held — Commercial enterprises',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_unable_not_held__org_research',
		table: 3,
		zh: '（四）无法提供 / 1.本机关不掌握相关政府信息 × 法人或其他组织 / 科研机构',
		en: 'Unable: not held — Research institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_unable_not_held__org_public_interest',
		table: 3,
		zh: '（四）无法提供 / 1.本机关不掌握相关政府信息 × 法人或其他组织 / 社会公益组织',
		en: 'Unable: not held — Public-interest organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_unable_not_held__org_legal_service',
		table: 3,
		zh: '（四）无法提供 / 1.本机关不掌握相关政府信息 × 法人或其他组织 / 法律服务机构',
		en: 'Unable: not held — Legal-service institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_unable_not_held__org_other',
		table: 3,
		zh: '（四）无法提供 / 1.本机关不掌握相关政府信息 × 法人或其他组织 / 其他',
		en: 'Unable: not held — Other organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_unable_not_held__total',
		table: 3,
		zh: '（四）无法提供 / 1.本机关不掌握相关政府信息 × 总计',
		en: 'Unable: not held — Total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_unable_need_creation__natural_person',
		table: 3,
		zh: '（四）无法提供 / 2.没有现成信息需要另行制作 × 自然人',
		en: 'Unable: would need creating — Natural persons',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_unable_need_creation__org_commercial',
		table: 3,
		zh: '（四）无法提供 / 2.没有现成信息需要另行制作 × 法人或其他组织 / 商业企业',
		en: 'Unable: would need creating — Commercial enterprises',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_unable_need_creation__org_research',
		table: 3,
		zh: '（四）无法提供 / 2.没有现成信息需要另行制作 × 法人或其他组织 / 科研机构',
		en: 'Unable: would need creating — Research institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_unable_need_creation__org_public_interest',
		table: 3,
		zh: '（四）无法提供 / 2.没有现成信息需要另行制作 × 法人或其他组织 / 社会公益组织',
		en: 'Unable: would need creating — Public-interest organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_unable_need_creation__org_legal_service',
		table: 3,
		zh: '（四）无法提供 / 2.没有现成信息需要另行制作 × 法人或其他组织 / 法律服务机构',
		en: 'Unable: would need creating — Legal-service institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_unable_need_creation__org_other',
		table: 3,
		zh: '（四）无法提供 / 2.没有现成信息需要另行制作 × 法人或其他组织 / 其他',
		en: 'Unable: would need creating — Other organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_unable_need_creation__total',
		table: 3,
		zh: '（四）无法提供 / 2.没有现成信息需要另行制作 × 总计',
		en: 'Unable: would need creating — Total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_unable_unclear__natural_person',
		table: 3,
		zh: '（四）无法提供 / 3.补正后申请内容仍不明确 × 自然人',
		en: 'Unable: unclear after correction — Natural persons',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_unable_unclear__org_commercial',
		table: 3,
		zh: '（四）无法提供 / 3.补正后申请内容仍不明确 × 法人或其他组织 / 商业企业',
		en: 'Unable: unclear after correction — Commercial enterprises',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_unable_unclear__org_research',
		table: 3,
		zh: '（四）无法提供 / 3.补正后申请内容仍不明确 × 法人或其他组织 / 科研机构',
		en: 'Unable: unclear after correction — Research institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_unable_unclear__org_public_interest',
		table: 3,
		zh: '（四）无法提供 / 3.补正后申请内容仍不明确 × 法人或其他组织 / 社会公益组织',
		en: 'Unable: unclear after correction — Public-interest organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_unable_unclear__org_legal_service',
		table: 3,
		zh: '（四）无法提供 / 3.补正后申请内容仍不明确 × 法人或其他组织 / 法律服务机构',
		en: 'Unable: unclear after correction — Legal-service institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_unable_unclear__org_other',
		table: 3,
		zh: '（四）无法提供 / 3.补正后申请内容仍不明确 × 法人或其他组织 / 其他',
		en: 'Unable: unclear after correction — Other organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_unable_unclear__total',
		table: 3,
		zh: '（四）无法提供 / 3.补正后申请内容仍不明确 × 总计',
		en: 'Unable: unclear after correction — Total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_petition__natural_person',
		table: 3,
		zh: '（五）不予处理 / 1.信访举报投诉类申请 × 自然人',
		en: 'Not processed: petition/complaint — Natural persons',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_petition__org_commercial',
		table: 3,
		zh: '（五）不予处理 / 1.信访举报投诉类申请 × 法人或其他组织 / 商业企业',
		en: 'Not processed: petition/complaint — Commercial enterprises',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_petition__org_research',
		table: 3,
		zh: '（五）不予处理 / 1.信访举报投诉类申请 × 法人或其他组织 / 科研机构',
		en: 'Not processed: petition/complaint — Research institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_petition__org_public_interest',
		table: 3,
		zh: '（五）不予处理 / 1.信访举报投诉类申请 × 法人或其他组织 / 社会公益组织',
		en: 'Not processed: petition/complaint — Public-interest organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_petition__org_legal_service',
		table: 3,
		zh: '（五）不予处理 / 1.信访举报投诉类申请 × 法人或其他组织 / 法律服务机构',
		en: 'Not processed: petition/complaint — Legal-service institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_petition__org_other',
		table: 3,
		zh: '（五）不予处理 / 1.信访举报投诉类申请 × 法人或其他组织 / 其他',
		en: 'Not processed: petition/complaint — Other organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_petition__total',
		table: 3,
		zh: '（五）不予处理 / 1.信访举报投诉类申请 × 总计',
		en: 'Not processed: petition/complaint — Total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_repeat__natural_person',
		table: 3,
		zh: '（五）不予处理 / 2.重复申请 × 自然人',
		en: 'Not processed: repeated request — Natural persons',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_repeat__org_commercial',
		table: 3,
		zh: '（五）不予处理 / 2.重复申请 × 法人或其他组织 / 商业企业',
		en: 'Not processed: repeated request — Commercial enterprises',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_repeat__org_research',
		table: 3,
		zh: '（五）不予处理 / 2.重复申请 × 法人或其他组织 / 科研机构',
		en: 'Not processed: repeated request — Research institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_repeat__org_public_interest',
		table: 3,
		zh: '（五）不予处理 / 2.重复申请 × 法人或其他组织 / 社会公益组织',
		en: 'Not processed: repeated request — Public-interest organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_repeat__org_legal_service',
		table: 3,
		zh: '（五）不予处理 / 2.重复申请 × 法人或其他组织 / 法律服务机构',
		en: 'Not processed: repeated request — Legal-service institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_repeat__org_other',
		table: 3,
		zh: '（五）不予处理 / 2.重复申请 × 法人或其他组织 / 其他',
		en: 'Not processed: repeated request — Other organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_repeat__total',
		table: 3,
		zh: '（五）不予处理 / 2.重复申请 × 总计',
		en: 'Not processed: repeated request — Total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_publication__natural_person',
		table: 3,
		zh: '（五）不予处理 / 3.要求提供公开出版物 × 自然人',
		en: 'Not processed: published material — Natural persons',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_publication__org_commercial',
		table: 3,
		zh: '（五）不予处理 / 3.要求提供公开出版物 × 法人或其他组织 / 商业企业',
		en: 'Not processed: published material — Commercial enterprises',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_publication__org_research',
		table: 3,
		zh: '（五）不予处理 / 3.要求提供公开出版物 × 法人或其他组织 / 科研机构',
		en: 'Not processed: published material — Research institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_publication__org_public_interest',
		table: 3,
		zh: '（五）不予处理 / 3.要求提供公开出版物 × 法人或其他组织 / 社会公益组织',
		en: 'Not processed: published material — Public-interest organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_publication__org_legal_service',
		table: 3,
		zh: '（五）不予处理 / 3.要求提供公开出版物 × 法人或其他组织 / 法律服务机构',
		en: 'Not processed: published material — Legal-service institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_publication__org_other',
		table: 3,
		zh: '（五）不予处理 / 3.要求提供公开出版物 × 法人或其他组织 / 其他',
		en: 'Not processed: published material — Other organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_publication__total',
		table: 3,
		zh: '（五）不予处理 / 3.要求提供公开出版物 × 总计',
		en: 'Not processed: published material — Total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_mass_repeat__natural_person',
		table: 3,
		zh: '（五）不予处理 / 4.无正当理由大量反复申请 × 自然人',
		en: 'Not processed: mass repeated requests — Natural persons',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_mass_repeat__org_commercial',
		table: 3,
		zh: '（五）不予处理 / 4.无正当理由大量反复申请 × 法人或其他组织 / 商业企业',
		en: 'Not processed: mass repeated requests — Commercial enterprises',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_mass_repeat__org_research',
		table: 3,
		zh: '（五）不予处理 / 4.无正当理由大量反复申请 × 法人或其他组织 / 科研机构',
		en: 'Not processed: mass repeated requests — Research institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_mass_repeat__org_public_interest',
		table: 3,
		zh: '（五）不予处理 / 4.无正当理由大量反复申请 × 法人或其他组织 / 社会公益组织',
		en: 'Not processed: mass repeated requests — Public-interest organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_mass_repeat__org_legal_service',
		table: 3,
		zh: '（五）不予处理 / 4.无正当理由大量反复申请 × 法人或其他组织 / 法律服务机构',
		en: 'Not processed: mass repeated requests — Legal-service institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_mass_repeat__org_other',
		table: 3,
		zh: '（五）不予处理 / 4.无正当理由大量反复申请 × 法人或其他组织 / 其他',
		en: 'Not processed: mass repeated requests — Other organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_mass_repeat__total',
		table: 3,
		zh: '（五）不予处理 / 4.无正当理由大量反复申请 × 总计',
		en: 'Not processed: mass repeated requests — Total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_confirm__natural_person',
		table: 3,
		zh: '（五）不予处理 / 5.要求行政机关确认或重新出具已获取信息 × 自然人',
		en: 'Not processed: confirm/re-issue — Natural persons',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_confirm__org_commercial',
		table: 3,
		zh: '（五）不予处理 / 5.要求行政机关确认或重新出具已获取信息 × 法人或其他组织 / 商业企业',
		en: 'Not processed: confirm/re-issue — Commercial enterprises',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_confirm__org_research',
		table: 3,
		zh: '（五）不予处理 / 5.要求行政机关确认或重新出具已获取信息 × 法人或其他组织 / 科研机构',
		en: 'Not processed: confirm/re-issue — Research institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_confirm__org_public_interest',
		table: 3,
		zh: '（五）不予处理 / 5.要求行政机关确认或重新出具已获取信息 × 法人或其他组织 / 社会公益组织',
		en: 'Not processed: confirm/re-issue — Public-interest organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_confirm__org_legal_service',
		table: 3,
		zh: '（五）不予处理 / 5.要求行政机关确认或重新出具已获取信息 × 法人或其他组织 / 法律服务机构',
		en: 'Not processed: confirm/re-issue — Legal-service institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_confirm__org_other',
		table: 3,
		zh: '（五）不予处理 / 5.要求行政机关确认或重新出具已获取信息 × 法人或其他组织 / 其他',
		en: 'Not processed: confirm/re-issue — Other organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_rejected_confirm__total',
		table: 3,
		zh: '（五）不予处理 / 5.要求行政机关确认或重新出具已获取信息 × 总计',
		en: 'Not processed: confirm/re-issue — Total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_other_no_correction__natural_person',
		table: 3,
		zh: '（六）其他处理 / 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 × 自然人',
		en: 'Other: no correction in time — Natural persons',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't3_res_other_no_correction__org_commercial',
		table: 3,
		zh: '（六）其他处理 / 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 × 法人或其他组织 / 商业企业',
		en: 'Other: no correction in time — Commercial enterprises',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't3_res_other_no_correction__org_research',
		table: 3,
		zh: '（六）其他处理 / 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 × 法人或其他组织 / 科研机构',
		en: 'Other: no correction in time — Research institutions',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't3_res_other_no_correction__org_public_interest',
		table: 3,
		zh: '（六）其他处理 / 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 × 法人或其他组织 / 社会公益组织',
		en: 'Other: no correction in time — Public-interest organisations',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't3_res_other_no_correction__org_legal_service',
		table: 3,
		zh: '（六）其他处理 / 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 × 法人或其他组织 / 法律服务机构',
		en: 'Other: no correction in time — Legal-service institutions',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't3_res_other_no_correction__org_other',
		table: 3,
		zh: '（六）其他处理 / 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 × 法人或其他组织 / 其他',
		en: 'Other: no correction in time — Other organisations',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't3_res_other_no_correction__total',
		table: 3,
		zh: '（六）其他处理 / 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 × 总计',
		en: 'Other: no correction in time — Total',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't3_res_other_fee_unpaid__natural_person',
		table: 3,
		zh: '（六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 × 自然人',
		en: 'Other: fee not paid — Natural persons',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't3_res_other_fee_unpaid__org_commercial',
		table: 3,
		zh: '（六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 × 法人或其他组织 / 商业企业',
		en: 'Other: fee not paid — Commercial enterprises',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't3_res_other_fee_unpaid__org_research',
		table: 3,
		zh: '（六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 × 法人或其他组织 / 科研机构',
		en: 'Other: fee not paid — Research institutions',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't3_res_other_fee_unpaid__org_public_interest',
		table: 3,
		zh: '（六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 × 法人或其他组织 / 社会公益组织',
		en: 'Other: fee not paid — Public-interest organisations',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't3_res_other_fee_unpaid__org_legal_service',
		table: 3,
		zh: '（六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 × 法人或其他组织 / 法律服务机构',
		en: 'Other: fee not paid — Legal-service institutions',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't3_res_other_fee_unpaid__org_other',
		table: 3,
		zh: '（六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 × 法人或其他组织 / 其他',
		en: 'Other: fee not paid — Other organisations',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't3_res_other_fee_unpaid__total',
		table: 3,
		zh: '（六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 × 总计',
		en: 'Other: fee not paid — Total',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't3_res_other_misc__natural_person',
		table: 3,
		zh: '（六）其他处理 / 3.其他 × 自然人',
		en: 'Other: misc — Natural persons',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't3_res_other_misc__org_commercial',
		table: 3,
		zh: '（六）其他处理 / 3.其他 × 法人或其他组织 / 商业企业',
		en: 'Other: misc — Commercial enterprises',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't3_res_other_misc__org_research',
		table: 3,
		zh: '（六）其他处理 / 3.其他 × 法人或其他组织 / 科研机构',
		en: 'Other: misc — Research institutions',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't3_res_other_misc__org_public_interest',
		table: 3,
		zh: '（六）其他处理 / 3.其他 × 法人或其他组织 / 社会公益组织',
		en: 'Other: misc — Public-interest organisations',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't3_res_other_misc__org_legal_service',
		table: 3,
		zh: '（六）其他处理 / 3.其他 × 法人或其他组织 / 法律服务机构',
		en: 'Other: misc — Legal-service institutions',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't3_res_other_misc__org_other',
		table: 3,
		zh: '（六）其他处理 / 3.其他 × 法人或其他组织 / 其他',
		en: 'Other: misc — Other organisations',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't3_res_other_misc__total',
		table: 3,
		zh: '（六）其他处理 / 3.其他 × 总计',
		en: 'Other: misc — Total',
		unit: '件',
		in2019: 'N',
		in2021: 'Y',
		comparable: 'N'
	},
	{
		id: 't3_res_other_total__natural_person',
		table: 3,
		zh: '（六）其他处理（2019格式为单行；2021格式为1-3项之和） × 自然人',
		en: 'Other handling, total — Natural persons',
		unit: '件',
		in2019: 'Y',
		in2021: 'D',
		comparable: 'Y',
		note: 'derived in 2021 (sum of res_other_* sub-rows)'
	},
	{
		id: 't3_res_other_total__org_commercial',
		table: 3,
		zh: '（六）其他处理（2019格式为单行；2021格式为1-3项之和） × 法人或其他组织 / 商业企业',
		en: 'Other handling, total — Commercial enterprises',
		unit: '件',
		in2019: 'Y',
		in2021: 'D',
		comparable: 'Y',
		note: 'derived in 2021 (sum of res_other_* sub-rows)'
	},
	{
		id: 't3_res_other_total__org_research',
		table: 3,
		zh: '（六）其他处理（2019格式为单行；2021格式为1-3项之和） × 法人或其他组织 / 科研机构',
		en: 'Other handling, total — Research institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'D',
		comparable: 'Y',
		note: 'derived in 2021 (sum of res_other_* sub-rows)'
	},
	{
		id: 't3_res_other_total__org_public_interest',
		table: 3,
		zh: '（六）其他处理（2019格式为单行；2021格式为1-3项之和） × 法人或其他组织 / 社会公益组织',
		en: 'Other handling, total — Public-interest organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'D',
		comparable: 'Y',
		note: 'derived in 2021 (sum of res_other_* sub-rows)'
	},
	{
		id: 't3_res_other_total__org_legal_service',
		table: 3,
		zh: '（六）其他处理（2019格式为单行；2021格式为1-3项之和） × 法人或其他组织 / 法律服务机构',
		en: 'Other handling, total — Legal-service institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'D',
		comparable: 'Y',
		note: 'derived in 2021 (sum of res_other_* sub-rows)'
	},
	{
		id: 't3_res_other_total__org_other',
		table: 3,
		zh: '（六）其他处理（2019格式为单行；2021格式为1-3项之和） × 法人或其他组织 / 其他',
		en: 'Other handling, total — Other organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'D',
		comparable: 'Y',
		note: 'derived in 2021 (sum of res_other_* sub-rows)'
	},
	{
		id: 't3_res_other_total__total',
		table: 3,
		zh: '（六）其他处理（2019格式为单行；2021格式为1-3项之和） × 总计',
		en: 'Other handling, total — Total',
		unit: '件',
		in2019: 'Y',
		in2021: 'D',
		comparable: 'Y',
		note: 'derived in 2021 (sum of res_other_* sub-rows)'
	},
	{
		id: 't3_res_total__natural_person',
		table: 3,
		zh: '（七）总计 × 自然人',
		en: 'Total outcomes — Natural persons',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_total__org_commercial',
		table: 3,
		zh: '（七）总计 × 法人或其他组织 / 商业企业',
		en: 'Total outcomes — Commercial enterprises',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_total__org_research',
		table: 3,
		zh: '（七）总计 × 法人或其他组织 / 科研机构',
		en: 'Total outcomes — Research institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_total__org_public_interest',
		table: 3,
		zh: '（七）总计 × 法人或其他组织 / 社会公益组织',
		en: 'Total outcomes — Public-interest organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_total__org_legal_service',
		table: 3,
		zh: '（七）总计 × 法人或其他组织 / 法律服务机构',
		en: 'Total outcomes — Legal-service institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_total__org_other',
		table: 3,
		zh: '（七）总计 × 法人或其他组织 / 其他',
		en: 'Total outcomes — Other organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_res_total__total',
		table: 3,
		zh: '（七）总计 × 总计',
		en: 'Total outcomes — Total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_carried_forward__natural_person',
		table: 3,
		zh: '四、结转下年度继续办理 × 自然人',
		en: 'Carried forward to next year — Natural persons',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_carried_forward__org_commercial',
		table: 3,
		zh: '四、结转下年度继续办理 × 法人或其他组织 / 商业企业',
		en: 'Carried forward to next year — Commercial enterprises',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_carried_forward__org_research',
		table: 3,
		zh: '四、结转下年度继续办理 × 法人或其他组织 / 科研机构',
		en: 'Carried forward to next year — Research institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_carried_forward__org_public_interest',
		table: 3,
		zh: '四、结转下年度继续办理 × 法人或其他组织 / 社会公益组织',
		en: 'Carried forward to next year — Public-interest organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_carried_forward__org_legal_service',
		table: 3,
		zh: '四、结转下年度继续办理 × 法人或其他组织 / 法律服务机构',
		en: 'Carried forward to next year — Legal-service institutions',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_carried_forward__org_other',
		table: 3,
		zh: '四、结转下年度继续办理 × 法人或其他组织 / 其他',
		en: 'Carried forward to next year — Other organisations',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't3_carried_forward__total',
		table: 3,
		zh: '四、结转下年度继续办理 × 总计',
		en: 'Carried forward to next year — Total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't4_review_upheld',
		table: 4,
		zh: '行政复议 / 结果维持',
		en: 'Administrative review: upheld',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't4_review_corrected',
		table: 4,
		zh: '行政复议 / 结果纠正',
		en: 'Administrative review: corrected',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't4_review_other',
		table: 4,
		zh: '行政复议 / 其他结果',
		en: 'Administrative review: other result',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't4_review_pending',
		table: 4,
		zh: '行政复议 / 尚未审结',
		en: 'Administrative review: pending',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't4_review_total',
		table: 4,
		zh: '行政复议 / 总计',
		en: 'Administrative review: total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't4_lit_direct_upheld',
		table: 4,
		zh: '行政诉讼 / 未经复议直接起诉 / 结果维持',
		en: 'Litigation without prior review: upheld',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't4_lit_direct_corrected',
		table: 4,
		zh: '行政诉讼 / 未经复议直接起诉 / 结果纠正',
		en: 'Litigation without prior review: corrected',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't4_lit_direct_other',
		table: 4,
		zh: '行政诉讼 / 未经复议直接起诉 / 其他结果',
		en: 'Litigation without prior review: other result',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't4_lit_direct_pending',
		table: 4,
		zh: '行政诉讼 / 未经复议直接起诉 / 尚未审结',
		en: 'Litigation without prior review: pending',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't4_lit_direct_total',
		table: 4,
		zh: '行政诉讼 / 未经复议直接起诉 / 总计',
		en: 'Litigation without prior review: total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't4_lit_after_review_upheld',
		table: 4,
		zh: '行政诉讼 / 复议后起诉 / 结果维持',
		en: 'Litigation after review: upheld',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't4_lit_after_review_corrected',
		table: 4,
		zh: '行政诉讼 / 复议后起诉 / 结果纠正',
		en: 'Litigation after review: corrected',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't4_lit_after_review_other',
		table: 4,
		zh: '行政诉讼 / 复议后起诉 / 其他结果',
		en: 'Litigation after review: other result',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't4_lit_after_review_pending',
		table: 4,
		zh: '行政诉讼 / 复议后起诉 / 尚未审结',
		en: 'Litigation after review: pending',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	},
	{
		id: 't4_lit_after_review_total',
		table: 4,
		zh: '行政诉讼 / 复议后起诉 / 总计',
		en: 'Litigation after review: total',
		unit: '件',
		in2019: 'Y',
		in2021: 'Y',
		comparable: 'Y'
	}
] as const;
