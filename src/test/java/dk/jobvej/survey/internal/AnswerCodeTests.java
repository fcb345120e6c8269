package dk.jobvej.survey.internal;

import java.util.HashSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Answer codes: hard to guess, easy to type, and only their hash is kept. */
class AnswerCodeTests {

	@Test
	void codesAreTenCharactersWithoutLookAlikes() {
		var seen = new HashSet<String>();
		for (var i = 0; i < 2000; i++) {
			var code = AnswerCode.random();
			assertThat(code.plain()).hasSize(10).doesNotContain("0", "O", "1", "I");
			assertThat(code.formatted()).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
			seen.add(code.plain());
		}
		assertThat(seen).hasSize(2000);
	}

	@Test
	void typingIsForgivingAboutCaseSpacesAndHyphens() {
		var code = AnswerCode.random();
		var typed = " " + code.formatted().toLowerCase().replace("-", " - ") + " ";

		var parsed = AnswerCode.parse(typed);

		assertThat(parsed).isNotNull();
		assertThat(parsed.plain()).isEqualTo(code.plain());
		assertThat(parsed.hash()).isEqualTo(code.hash());
	}

	@Test
	void somethingElseIsNoCode() {
		assertThat(AnswerCode.parse("ABCDE-FGHI0")).isNull();
		assertThat(AnswerCode.parse("ABCD")).isNull();
		assertThat(AnswerCode.parse(null)).isNull();
		assertThat(AnswerCode.parse("'; drop table--")).isNull();
	}

	@Test
	void theCodeNeverShowsInLogs() {
		assertThat(AnswerCode.random().toString()).isEqualTo("AnswerCode[hidden]");
	}

}
