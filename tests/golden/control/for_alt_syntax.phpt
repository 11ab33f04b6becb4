--TEST--
for: ... endfor;
--FILE--
<?php
for ($i = 1; $i <= 3; $i++):
    echo "line $i\n";
endfor;
--EXPECT--
line 1
line 2
line 3
