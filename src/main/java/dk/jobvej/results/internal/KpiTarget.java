package dk.jobvej.results.internal;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

/** A KPI's target for a year, with where it comes from (for example "Beskæftigelsesplan 2024"). */
@Table(schema = "results", name = "kpi_target")
public record KpiTarget(int year, BigDecimal target, String source) {
}
