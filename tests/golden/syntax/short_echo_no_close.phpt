--TEST--
<?= at the end of a file without ?>
--FILE--
a<?= "b", "c";
--EXPECT--
abc
