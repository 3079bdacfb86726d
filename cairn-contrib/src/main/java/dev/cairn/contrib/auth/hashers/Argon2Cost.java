package dev.cairn.contrib.auth.hashers;

/**
 * The costs of an Argon2 hash, as its encoded form writes them ({@code m=102400,t=2,p=8}).
 *
 * @param timeCost    passes over memory ({@code t})
 * @param memoryCost  memory in KiB ({@code m})
 * @param parallelism lanes ({@code p})
 */
public record Argon2Cost(int timeCost, int memoryCost, int parallelism) {

    /**
     * Costs checked against RFC 9106, 3.1.
     *
     * @throws IllegalArgumentException when a cost is below one, or memory is less than 8 KiB a lane
     */
    static Argon2Cost checked(int timeCost, int memoryCost, int parallelism) {
        if (timeCost < 1 || parallelism < 1 || parallelism > 0xFFFFFF) {
            throw new IllegalArgumentException("argon2 needs t >= 1 and 1 <= p <= 16777215, not t=" + timeCost
                    + ", p=" + parallelism);
        }
        if (memoryCost < 8L * parallelism) {
            throw new IllegalArgumentException("argon2 needs at least 8 KiB of memory a lane: m=" + memoryCost
                    + " is less than 8 * p=" + parallelism);
        }
        return new Argon2Cost(timeCost, memoryCost, parallelism);
    }

    /** The costs as an encoded value writes them. */
    String text() {
        return "m=" + memoryCost + ",t=" + timeCost + ",p=" + parallelism;
    }
}
