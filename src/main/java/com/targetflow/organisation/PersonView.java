package com.targetflow.organisation;

public record PersonView(
        String username,
        String name,
        String email,
        String phone,
        Language language,
        PersonRole role,
        String unitCode,
        DigestFrequency digest,
        long version,
        boolean active,
        String successor) {

    static PersonView of(Person person) {
        return new PersonView(
                person.getUsername(),
                person.getName(),
                person.getEmail(),
                person.getPhone(),
                person.getLanguage(),
                person.getRole(),
                person.getUnit().getCode(),
                person.getDigest(),
                person.getVersion(),
                person.isActive(),
                person.getSuccessor());
    }
}
