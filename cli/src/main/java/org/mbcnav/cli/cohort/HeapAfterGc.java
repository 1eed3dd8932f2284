package org.mbcnav.cli.cohort;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The largest heap in use right after a garbage collection during the run: what the run kept
 * alive, as opposed to the peak of the heap pools, which also counts garbage not yet collected
 * and so grows with the heap the JVM was given. "Heap flat from 10,000 to 100,000 patients" is
 * judged on this figure (docs/performance.md, "Population runs").
 */
final class HeapAfterGc {
    private final AtomicLong max = new AtomicLong();

    /** Starts listening to every collector of this JVM. */
    HeapAfterGc() {
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                heapPools.add(p.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        long used = 0;
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                        for (Map.Entry<String, MemoryUsage> u : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                            if (heapPools.contains(u.getKey())) {
                                used += u.getValue().getUsed();
                            }
                        }
                        max.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
    }

    /** In MB; 0 when no collection happened. */
    long maxMb() {
        return max.get() / (1024 * 1024);
    }
}
