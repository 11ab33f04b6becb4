--TEST--
exit inside a loop
--FILE--
<?php
for ($i = 0; ; $i++) {
    echo $i;
    if ($i == 3) exit("\ndone\n");
}
--EXPECT--
0123
done
