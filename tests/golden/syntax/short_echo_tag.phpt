--TEST--
<?= echoes one or more comma-separated expressions
--FILE--
<?= "x" ?>|<?= 1 + 2, "-", 3 * 4 ?>|<?= "no semicolon needed" ?>

--EXPECT--
x|3-12|no semicolon needed
