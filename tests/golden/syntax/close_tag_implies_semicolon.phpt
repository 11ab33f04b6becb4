--TEST--
?> ends the last statement without a semicolon
--FILE--
<?php
$a = 5 ?>
<?php echo $a ?>
<?php echo "x", "y" ?>
--EXPECT--
5xy
