--TEST--
break and continue inside try run the finally block each time
--FILE--
<?php
for ($i = 0; $i < 5; $i++) {
    try {
        if ($i == 1) continue;
        if ($i == 3) break;
        echo "body $i\n";
    } finally {
        echo "finally $i\n";
    }
}
echo "loop ended at $i\n";
--EXPECT--
body 0
finally 0
finally 1
body 2
finally 2
finally 3
loop ended at 3
