--TEST--
A switch jump table without a default leaves the switch when no case matches; the subject temporary is freed
--FILE--
<?php
$s = 0;
for ($i = 0; $i < 12; $i++) {
    switch ($i % 7 + 0) {
        case 0: $s += 1; break;
        case 2: $s += 10; break;
        case 4: $s += 100; break;
        case 6: $s += 1000; break;
    }
}
echo $s, "\n";
switch (str_repeat("x", 3) . "") {
    case 1: case 2: case 3: case 4:
        echo "int\n";
}
echo "done\n";
--EXPECT--
1222
done
