package com.targetflow.organisation;

/**
 * Published inside the transaction that created or changed a person, so that the sign-in identity
 * follows the register. {@code newPassword} is null unless a password is being set.
 */
public record PersonChanged(
        String username, String name, String email, PersonRole role, String unitCode, String newPassword) {

    @Override
    public String toString() {
        return "PersonChanged[" + username + ", " + role + ", " + unitCode + "]";
    }
}
