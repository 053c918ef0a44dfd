package eu.cybersudoe.accounts.web;

import eu.cybersudoe.accounts.internal.Account;
import eu.cybersudoe.accounts.internal.Passkeys;
import eu.cybersudoe.accounts.internal.SecondFactors;
import eu.cybersudoe.accounts.internal.SignInRecords;
import org.springframework.stereotype.Component;

import java.util.List;

/** The account page's block on signing in: the second factor and the owner's recent sign-ins. */
@Component
public class AccountSignIns {

    static final int RECENT = 15;

    private final SecondFactors factors;
    private final SignInRecords records;
    private final Passkeys passkeys;

    AccountSignIns(SecondFactors factors, SignInRecords records, Passkeys passkeys) {
        this.factors = factors;
        this.passkeys = passkeys;
        this.records = records;
    }

    /**
     * @param hasSecondFactor   whether a one-time code is set up
     * @param required          whether the role requires one
     * @param recoveryCodesLeft unused recovery codes
     * @param recent            the latest sign-ins and changes, newest first
     * @param passkeys          the account's passkeys, oldest first
     */
    public record View(boolean hasSecondFactor, boolean required, int recoveryCodesLeft, List<SignInRecords.Line> recent,
                       List<Passkeys.Line> passkeys) {
    }

    View of(Account account) {
        return new View(factors.hasCode(account.id()), factors.mustSetUp(account), factors.recoveryCodesLeft(account.id()),
                records.of(account.id(), RECENT), passkeys.of(account.email()));
    }
}
