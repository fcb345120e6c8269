package dk.jobvej.identity;

/**
 * A member of staff was hired or changed by an administrator: details, unit, roles, password,
 * lock or whether they are active. Modules that hand work to staff listen for it, for example to
 * reassign the citizens of someone who was deactivated.
 *
 * @param staff the member of staff
 * @param municipalityCode their municipality
 * @param active whether they may sign in after the change
 */
public record StaffChanged(StaffId staff, int municipalityCode, boolean active) {
}
