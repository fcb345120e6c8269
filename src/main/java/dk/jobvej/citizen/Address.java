package dk.jobvej.citizen;

/** A Danish postal address. */
public record Address(String street, String postcode, String city) {
}
