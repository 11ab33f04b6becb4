--TEST--
A switch jump table enters the body of the matching case and falls through from there
--FILE--
<?php
for ($i = -1; $i <= 6; $i++) {
    echo $i, ":";
    switch ($i) {
        case 0:
            echo " zero";
        case 1:
            echo " one";
            break;
        default:
            echo " default";
        case 2:
            echo " two";
        case 3:
            echo " three";
            break;
        case 4:
            echo " four";
            continue 2;
    }
    echo "\n";
}
echo "end\n";
--EXPECT--
-1: default two three
0: zero one
1: one
2: two three
3: three
4: four5: default two three
6: default two three
end
