--TEST--
echo converts bool and null to strings
--FILE--
<?php
echo "[", true, "][", false, "][", null, "][", 0, "][", 0.0, "][", -0.0, "]\n";
--EXPECT--
[1][][][0][0][-0]
