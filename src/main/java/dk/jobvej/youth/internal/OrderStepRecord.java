package dk.jobvej.youth.internal;

import java.time.LocalDate;

import dk.jobvej.youth.OrderStep;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** One step of an education order: started, its deadline, done, and the education or place named. */
@Table(schema = "youth", name = "order_step")
public record OrderStepRecord(OrderStep step, LocalDate startedOn, LocalDate deadline, @Nullable LocalDate completedOn,
		@Nullable String education, int municipalityCode) {
}
