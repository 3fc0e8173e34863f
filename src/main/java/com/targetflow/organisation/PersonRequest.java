package com.targetflow.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator sends to create or change a person. The username cannot change. */
public record PersonRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9_-]{1,63}", message = "{validation.person.username}")
        String username,

        @NotBlank @Size(max = 100) String name,
        @NotBlank @Email @Size(max = 200) String email,

        @Pattern(regexp = "[0-9+\\- ]{5,40}", message = "{validation.person.phone}")
        String phone,

        @NotNull Language language,
        @NotNull PersonRole role,
        @NotBlank @Size(max = 32) String unitCode,
        @Size(min = 8, max = 128) String password) {

    @Override
    public String toString() {
        return "PersonRequest[" + username + "]";
    }
}
