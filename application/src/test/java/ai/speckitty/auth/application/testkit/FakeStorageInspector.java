package ai.speckitty.auth.application.testkit;

import ai.speckitty.auth.application.port.LockHolder;
import ai.speckitty.auth.application.port.LockState;
import ai.speckitty.auth.application.port.StorageFacts;
import ai.speckitty.auth.application.port.StorageInspector;
import ai.speckitty.auth.application.port.StorageModes;
import java.util.Optional;

/** Storage facts set by the test; counts full inspections and records whether the stale lock record was cleared. */
public final class FakeStorageInspector implements StorageInspector {
    public static final String ROOT = "/home/ada/.spec-kitty";
    public static final String CREDENTIALS = ROOT + "/credentials";
    public static final String LOCK = ROOT + "/credentials.lock";

    private StorageFacts facts;
    private UnstickResult unstickResult = UnstickResult.NOTHING_TO_CLEAR;
    private int clearCalls;
    private int inspections;

    public FakeStorageInspector(StorageFacts facts) {
        this.facts = facts;
    }

    /** Safe modes, credentials present, lock free with no record. */
    public static FakeStorageInspector healthy() {
        return new FakeStorageInspector(facts("0700", true, "0600", free()));
    }

    public static StorageFacts facts(String rootMode, boolean present, String fileMode, LockState lock) {
        return new StorageFacts(ROOT, Optional.ofNullable(rootMode), CREDENTIALS, present,
                Optional.ofNullable(fileMode), lock);
    }

    public static LockState free() {
        return new LockState(LOCK, false, Optional.empty());
    }

    public static LockState lock(boolean held, LockHolder holder) {
        return new LockState(LOCK, held, Optional.of(holder));
    }

    public FakeStorageInspector withUnstickResult(UnstickResult result) {
        this.unstickResult = result;
        return this;
    }

    public void setFacts(StorageFacts facts) {
        this.facts = facts;
    }

    @Override
    public StorageFacts inspect() {
        inspections++;
        return facts;
    }

    @Override
    public StorageModes modes() {
        return facts.modes();
    }

    /** Calls of {@link #inspect()}, the full inspection that probes the lock. */
    public int inspections() {
        return inspections;
    }

    @Override
    public UnstickResult clearStaleLockRecord() {
        clearCalls++;
        return unstickResult;
    }

    public int clearCalls() {
        return clearCalls;
    }
}
